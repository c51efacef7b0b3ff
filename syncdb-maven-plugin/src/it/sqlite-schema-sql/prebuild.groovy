// The live database as it was before schema.sql changed: users without email, no orders, and a table
// schema.sql no longer has (dropping it loses data, so apply refuses it without allowDestructive).
def target = new File(basedir, 'target')
target.mkdirs()
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(target, 'app.db'), new Properties())
try {
    c.createStatement().execute('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)')
    c.createStatement().execute("INSERT INTO users (name) VALUES ('ada')")
    c.createStatement().execute('CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, body TEXT)')
} finally {
    c.close()
}
return true
