// Runs when the local PostgreSQL on 127.0.0.1:5432 answers (user postgres, trust), as on CI. Without
// one the build is reported as skipped, unless CI=true says there must be one: then it runs and fails.
if (System.getenv('CI') == 'true') {
    return true
}
def props = new Properties()
props.setProperty('user', 'postgres')
props.setProperty('connectTimeout', '3')
try {
    new org.postgresql.Driver().connect('jdbc:postgresql://127.0.0.1:5432/postgres', props).close()
    return true
} catch (Exception e) {
    println "skipped: no PostgreSQL on 127.0.0.1:5432 for user postgres (${e.message})"
    return false
}
