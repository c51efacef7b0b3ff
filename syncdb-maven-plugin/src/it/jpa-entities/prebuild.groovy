// A database of its own on the local PostgreSQL (parallel-safe), holding the table as it was before
// the entity gained its email column, named in .env with a password that must never be printed
// (the server trusts local connections, so any password is accepted).
def name = 'syncdb_it_maven_' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
def props = new Properties()
props.setProperty('user', 'postgres')
def admin = new org.postgresql.Driver().connect('jdbc:postgresql://127.0.0.1:5432/postgres', props)
try {
    admin.createStatement().execute('CREATE DATABASE ' + name)
} finally {
    admin.close()
}
def db = new org.postgresql.Driver().connect('jdbc:postgresql://127.0.0.1:5432/' + name, props)
try {
    db.createStatement().execute('CREATE TABLE customers (id bigint PRIMARY KEY, full_name varchar(100) NOT NULL)')
} finally {
    db.close()
}
new File(basedir, '.env').text = "DATABASE_URL=postgresql://postgres:it-secret-pw@127.0.0.1:5432/${name}\n"
return true
