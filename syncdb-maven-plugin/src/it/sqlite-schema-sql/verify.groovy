import dev.syncdb.testkit.readme.Normalize
import dev.syncdb.testkit.readme.OutputMatch
import dev.syncdb.testkit.readme.ReadmeBlocks

// Invocation 1 (check) failed on the drift and listed it; invocation 2 (apply) refused the plan's drop
// of a table without allowDestructive; invocation 3 planned, backed up, applied and checked again.
// build.log holds the three invocations in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/)
assert runs.length == 4 : "expected three Maven invocations in build.log"
def (check, refused, applied) = [runs[1], runs[2], runs[3]]

// diagram: the change as a standalone SVG under target/syncdb, with the new and the dropped table
assert check =~ /\[INFO\] syncdb: wrote .*diagram\.svg \(\d+ tables, change\)/
def svg = new File(basedir, 'target/syncdb/diagram.svg').text
assert svg.contains('<svg') && svg.contains('orders') && svg.contains('legacy_notes')

assert check.contains('[INFO] Target:  sqlite:target/app.db (SQLite ')
assert check.contains('[INFO] Desired: src/main/sql')
assert check.contains('[INFO] 3 differences:')
assert check.contains('[INFO]     create table orders')
assert check.contains('[INFO]     add column users.email')
assert check.contains('[INFO]     drop table legacy_notes')
assert check.contains('Run `mvn syncdb:plan` to see the SQL, `mvn syncdb:apply` to apply it.')
assert check.contains('BUILD FAILURE')
assert check.contains('the database differs from the desired schema')

// the README's `mvn syncdb:check` block is this check, as printed (its first line is the command, not output)
def readme = ReadmeBlocks.read(ReadmeBlocks.readme(basedir.toPath())).block('maven-check')
assert readme[0] == '$ mvn syncdb:check'
def mismatch = OutputMatch.mismatch(readme.drop(1), check.readLines(), new Normalize())
assert mismatch == null : "README block 'maven-check': " + mismatch

assert refused.contains('BUILD FAILURE')
assert refused.contains('nothing was changed')
assert refused.contains('allowDestructive (-Dsyncdb.allowDestructive=true)')
assert !refused.contains('Backup: ')
assert !refused.contains('Applied ')

// plan: the SQL with each step's comment and hazards, nothing changed by it
assert applied.contains(':plan (default-cli) @ sqlite-schema-sql ---')
assert applied.contains('[INFO] -- add column users.email')
assert applied.contains('[INFO] ALTER TABLE "users" ADD COLUMN "email" TEXT;')
assert applied.contains('[INFO] CREATE INDEX "orders_user_id" ON "orders" ("user_id");')
assert applied.contains('[INFO] DROP TABLE "legacy_notes";')
assert applied =~ /\[INFO\] -- hazard DL\d+: /
// apply: backup, then the verified apply
assert applied =~ /\[INFO\] Backup: backups\/app-\d{8}T\d{6}Z\.db/
assert applied.contains('[INFO] Applied 3 steps in ')
assert applied.contains('verified: the database matches the desired schema.')
// check afterwards passes
assert applied.contains('[INFO] In sync: the database matches the desired schema.')
assert applied.contains('BUILD SUCCESS')

// the database itself: the new column and table exist, the dropped one is gone, the old row is still there
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'target/app.db'), new Properties())
try {
    def cols = []
    def rs = c.createStatement().executeQuery("SELECT name FROM pragma_table_info('users')")
    while (rs.next()) { cols << rs.getString(1) }
    assert cols == ['id', 'name', 'email']
    rs = c.createStatement().executeQuery("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name)")
    assert rs.next() && rs.getString(1) == 'orders,users'
    rs = c.createStatement().executeQuery("SELECT name FROM users")
    assert rs.next() && rs.getString(1) == 'ada'
} finally {
    c.close()
}
return true
