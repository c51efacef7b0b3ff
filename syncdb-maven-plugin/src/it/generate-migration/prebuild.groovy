// An empty SQLite database.
def target = new File(basedir, 'target')
target.mkdirs()
new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(target, 'gen.db'), new Properties()).close()
return true
