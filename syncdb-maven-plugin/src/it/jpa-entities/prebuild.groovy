// An embedded PostgreSQL of its own (binaries from Maven Central, started in this JVM, which also runs
// verify.groovy: the server is kept in a system property for it to stop, with a shutdown hook in case
// it never runs), holding the table as it was before the entity gained its email column, named in .env
// with a password that must never be printed (the server trusts local connections, so any password
// is accepted).
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def pg = EmbeddedPostgres.builder().start()
System.getProperties().put('syncdb.it.jpa-entities.postgres', pg)
Runtime.runtime.addShutdownHook(new Thread({ pg.close() }))
def port = pg.port
println "embedded PostgreSQL on port ${port}"

def name = 'syncdb_it_maven'
def props = new Properties()
props.setProperty('user', 'postgres')
def admin = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:${port}/postgres", props)
try {
    admin.createStatement().execute('CREATE DATABASE ' + name)
} finally {
    admin.close()
}
def db = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:${port}/${name}", props)
try {
    db.createStatement().execute('CREATE TABLE customers (id bigint PRIMARY KEY, full_name varchar(100) NOT NULL)')
} finally {
    db.close()
}
new File(basedir, '.env').text = "DATABASE_URL=postgresql://postgres:it-secret-pw@127.0.0.1:${port}/${name}\n"
return true
