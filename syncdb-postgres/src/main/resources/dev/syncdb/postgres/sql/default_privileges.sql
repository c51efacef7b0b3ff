-- Default privileges of the namespace (ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s): one row per
-- creating role, object type (r tables, S sequences, f functions, T types), grantee (NULL = PUBLIC)
-- and privilege, with the grant option. A namespace's entries only add to the global defaults, so
-- what is stored is all there is; global entries (no namespace) belong to no schema and are left out.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT owner.rolname::text AS role,
       quote_ident(owner.rolname) AS role_sql,
       CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                            WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS on_sql,
       CASE WHEN x.grantee = 0 THEN NULL ELSE r.rolname::text END AS grantee,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee_sql,
       x.privilege_type,
       x.is_grantable
FROM pg_default_acl d
JOIN target n ON n.oid = d.defaclnamespace
JOIN pg_roles owner ON owner.oid = d.defaclrole
CROSS JOIN LATERAL aclexplode(d.defaclacl) x
LEFT JOIN pg_roles r ON r.oid = x.grantee
ORDER BY 1, 3, 4 NULLS FIRST, 6
