-- Rows as the application makes them: inserting a user makes its user_secrets row, inserting an
-- email makes its user_email_secrets row and audit/verification jobs (all through triggers).

insert into users (id, username, name, avatar_url, is_admin, is_verified) values
  ('11111111-1111-4111-8111-111111111111', 'Alice', 'Alice Liddell', 'https://example.com/a.png', true, true),
  ('22222222-2222-4222-8222-222222222222', 'bob_smith', 'Bob', null, false, false),
  ('33333333-3333-4333-8333-333333333333', 'Carol9', null, null, false, true);

update user_secrets set password_hash = crypt('correct horse battery', gen_salt('bf', 4))
 where user_id = '11111111-1111-4111-8111-111111111111';

insert into user_emails (id, user_id, email, is_verified, is_primary) values
  ('aaaaaaaa-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'alice@example.com', true, true),
  ('aaaaaaaa-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', 'Alice@Work.example', false, false),
  ('aaaaaaaa-0000-4000-8000-000000000003', '22222222-2222-4222-8222-222222222222', 'bob@example.org', false, false),
  ('aaaaaaaa-0000-4000-8000-000000000004', '33333333-3333-4333-8333-333333333333', 'carol@example.net', true, true);

insert into sessions (uuid, user_id) values
  ('bbbbbbbb-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111'),
  ('bbbbbbbb-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333');

insert into user_authentications (id, user_id, service, identifier, details) values
  ('cccccccc-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'github', '6413628', '{"login": "alice"}'),
  ('cccccccc-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', 'twitter', 'carol9', '{}');
insert into user_authentication_secrets (user_authentication_id, details) values
  ('cccccccc-0000-4000-8000-000000000001', '{"accessToken": "gho_x"}');

insert into connect_pg_simple_sessions (sid, sess, expire) values
  ('sess-1', '{"passport": {"user": "bbbbbbbb-0000-4000-8000-000000000001"}}', '2030-01-01 00:00:00');

select forgot_password('nobody@example.com');
