INSERT INTO audit_log (tag) VALUES ('x');
