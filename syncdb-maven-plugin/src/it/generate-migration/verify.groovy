// generate wrote V<version>__create_users.sql (up) and U<version>__create_users.sql (down) into
// migrations/ and changed nothing in the database.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def files = new File(basedir, 'migrations').listFiles()*.name.sort()
assert files.size() == 2 : "expected V and U files, got ${files}"
def up = files.find { it.startsWith('V') }
def down = files.find { it.startsWith('U') }
assert up ==~ /V\d{14}__create[-_]users\.sql/
assert down == 'U' + up.substring(1)
assert log.contains(up)

def upSql = new File(basedir, 'migrations/' + up).text
def downSql = new File(basedir, 'migrations/' + down).text
assert upSql.contains('CREATE TABLE "users"')
assert downSql.contains('DROP TABLE "users"')

def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'target/gen.db'), new Properties())
try {
    def rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'users'")
    assert rs.next() && rs.getInt(1) == 0 : 'generate must not change the database'
} finally {
    c.close()
}
return true
