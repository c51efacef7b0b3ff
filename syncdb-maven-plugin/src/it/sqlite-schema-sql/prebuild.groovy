// The live database as it was before schema.sql grew: users without email, no orders.
def target = new File(basedir, 'target')
target.mkdirs()
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(target, 'app.db'), new Properties())
try {
    c.createStatement().execute('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)')
    c.createStatement().execute("INSERT INTO users (name) VALUES ('ada')")
} finally {
    c.close()
}
return true
