-- The sessions other than this one with an open transaction (which keeps the metadata locks of every
-- table it touched until it ends): who they are, what they do and since when. MariaDB and MySQL
-- both have these two tables; metadata locks themselves are only listed when a plugin or
-- performance_schema instrument is on, so open transactions are what is named.
SELECT p.ID AS pid, COALESCE(p.USER, '') AS user_name, COALESCE(p.HOST, '') AS host,
       COALESCE(p.COMMAND, '') AS command, COALESCE(p.STATE, '') AS state,
       TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) AS seconds,
       COALESCE(LEFT(p.INFO, 80), '') AS query
FROM information_schema.INNODB_TRX t
JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
WHERE p.ID <> CONNECTION_ID()
ORDER BY t.trx_started
