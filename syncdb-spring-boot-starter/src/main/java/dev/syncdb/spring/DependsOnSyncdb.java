package dev.syncdb.spring;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A bean factory post-processor that makes every bean of the given types (the JPA entity manager
 * factory, JDBC templates) depend on the syncdb start-up bean, so the schema is settled before
 * Hibernate reads or validates it. Types missing from the class path are skipped.
 */
final class DependsOnSyncdb implements BeanFactoryPostProcessor {
    private final String syncdbBean;
    private final List<String> typeNames;

    DependsOnSyncdb(String syncdbBean, List<String> typeNames) {
        this.syncdbBean = syncdbBean;
        this.typeNames = List.copyOf(typeNames);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String bean : dependents(beanFactory)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(bean);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(List.of(definition.getDependsOn()));
            }
            dependsOn.add(syncdbBean);
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }

    private Set<String> dependents(ConfigurableListableBeanFactory beanFactory) {
        Set<String> names = new LinkedHashSet<>();
        ClassLoader loader = beanFactory.getBeanClassLoader();
        for (String typeName : typeNames) {
            if (!ClassUtils.isPresent(typeName, loader)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(typeName, loader);
            for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, type, true, false)) {
                String bean = BeanFactoryUtils.transformedBeanName(name);
                if (beanFactory.containsBeanDefinition(bean) && !bean.equals(syncdbBean)) {
                    names.add(bean);
                }
            }
        }
        return names;
    }
}
