-- Event triggers (database-wide objects) whose function lives in the namespace and that no extension
-- owns: the event, the command tags of WHEN TAG IN (sorted), the function (regproc prints it
-- unqualified, the namespace being the search path), the firing state (O enabled, D disabled, R
-- replica, A always) and the comment. PostgreSQL prints no CREATE EVENT TRIGGER; the reader writes it.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT et.evtname::text AS name,
       et.evtevent::text AS event,
       ARRAY(SELECT t FROM unnest(et.evttags) t ORDER BY t) AS tags,
       et.evtfoid::regproc::text AS function_name,
       et.evtenabled::text AS enabled,
       obj_description(et.oid, 'pg_event_trigger') AS comment
FROM pg_event_trigger et
JOIN pg_proc p ON p.oid = et.evtfoid
JOIN target n ON n.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = et.oid AND d.deptype = 'e')
ORDER BY et.evtname
