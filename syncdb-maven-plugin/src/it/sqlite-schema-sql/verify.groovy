// Invocation 1 (check) failed on the drift and listed it; invocation 2 planned, backed up, applied and
// checked again. build.log holds both invocations in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/)
assert runs.length == 3 : "expected two Maven invocations in build.log"
def first = runs[1], second = runs[2]

assert first.contains('[INFO] Target:  sqlite:target/app.db (SQLite ')
assert first.contains('[INFO] Desired: src/main/sql')
assert first.contains('[INFO] 2 differences:')
assert first.contains('[INFO]     create table orders')
assert first.contains('[INFO]     add column users.email')
assert first.contains('BUILD FAILURE')
assert first.contains('Run `mvn syncdb:plan` to see the SQL, `mvn syncdb:apply` to apply it.')
assert first.contains('the database differs from the desired schema')

// plan: the SQL with each step's comment, nothing changed by it
assert second.contains(':plan (default-cli) @ sqlite-schema-sql ---')
assert second.contains('[INFO] -- add column users.email')
assert second.contains('[INFO] ALTER TABLE "users" ADD COLUMN "email" TEXT;')
assert second.contains('[INFO] CREATE INDEX "orders_user_id" ON "orders" ("user_id");')
// apply: backup, then the verified apply
assert second =~ /\[INFO\] Backup: backups\/app-\d{8}T\d{6}Z\.db/
assert second.contains('[INFO] Applied 2 steps in ')
assert second.contains('verified: the database matches the desired schema.')
// check afterwards passes
assert second.contains('[INFO] In sync: the database matches the desired schema.')
assert second.contains('BUILD SUCCESS')

// the database itself: the new column and table exist, the old row is still there
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'target/app.db'), new Properties())
try {
    def cols = []
    def rs = c.createStatement().executeQuery("SELECT name FROM pragma_table_info('users')")
    while (rs.next()) { cols << rs.getString(1) }
    assert cols == ['id', 'name', 'email']
    rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'orders'")
    assert rs.next() && rs.getInt(1) == 1
    rs = c.createStatement().executeQuery("SELECT name FROM users")
    assert rs.next() && rs.getString(1) == 'ada'
} finally {
    c.close()
}
return true

