// Invocation 1 (compile + check) failed on the drift between the compiled entity and the database;
// invocation 2 applied the plan and checked again. The embedded server prebuild.groovy started is
// stopped afterwards in any case.
def pg = System.getProperties().remove('syncdb.it.jpa-entities.postgres')
assert pg != null : 'prebuild.groovy started no embedded PostgreSQL'
try {
    def (port, name) = (new File(basedir, '.env').text =~ /@127\.0\.0\.1:(\d+)\/(\w+)/)[0][1..2]
    // the build ran against the embedded server prebuild.groovy started, not a server of the machine
    assert port as int == pg.port
    def log = new File(basedir, 'build.log').text
    def runs = log.split(/Scanning for projects/)
    assert runs.length == 3 : "expected two Maven invocations in build.log"
    def first = runs[1], second = runs[2]

    assert first.contains('Compiling 1 source file')
    assert first.contains("[INFO] Target:  postgresql://postgres:***@127.0.0.1:${port}/${name}")
    assert first.contains('[INFO] Desired: entities in com.example.shop')
    assert first.contains('[INFO] 1 difference:')
    assert first.contains('[INFO]     add column customers.email')
    assert first.contains('BUILD FAILURE')

    assert second.contains('[INFO] ALTER TABLE customers ADD COLUMN email character varying(200);')
    assert second =~ /\[INFO\] Backup: backups\/syncdb_it_maven-\d{8}T\d{6}Z\.dump/
    assert second.contains('[INFO] Applied 1 step in ')
    assert second.contains('[INFO] In sync: the database matches the desired schema.')
    assert second.contains('BUILD SUCCESS')

    // the password of the URL in .env never reaches the log
    assert !log.contains('it-secret-pw')

    def props = new Properties()
    props.setProperty('user', 'postgres')
    def db = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:${port}/${name}", props)
    try {
        def rs = db.createStatement().executeQuery(
                "SELECT data_type, character_maximum_length FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'email'")
        assert rs.next()
        assert rs.getString(1) == 'character varying' && rs.getInt(2) == 200
    } finally {
        db.close()
    }
} finally {
    pg.close()
}
return true
