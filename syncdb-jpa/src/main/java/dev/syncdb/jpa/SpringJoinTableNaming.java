package dev.syncdb.jpa;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit naming Spring Boot applications get: JPA's rules, except that a join table is named
 * after the owning table and the owning attribute ({@code users_roles} for {@code User.roles})
 * instead of after both entities.
 */
public class SpringJoinTableNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String attribute = source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(source.getOwningPhysicalTableName() + "_" + attribute, source.getBuildingContext());
    }
}
