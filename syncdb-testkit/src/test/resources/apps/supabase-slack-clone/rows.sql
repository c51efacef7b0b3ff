-- Rows as the example's seed data makes them: users are created through create_user(), whose
-- auth_users row fires on_auth_user_created (public.users and user_roles rows).

select create_user('supabot+supaadmin@example.com');
select create_user('moderator+supamod@example.com');
select create_user('someone@example.com');

insert into public.role_permissions (role, permission) values
  ('admin', 'channels.delete'),
  ('admin', 'messages.delete'),
  ('moderator', 'messages.delete');

insert into public.channels (slug, created_by)
  select 'public', id from public.users where username = 'supabot+supaadmin@example.com';
insert into public.channels (slug, created_by)
  select 'random', id from public.users where username = 'someone@example.com';

update public.users set status = 'ONLINE' where username = 'someone@example.com';

insert into public.messages (message, channel_id, user_id)
  select 'Hello World 👋', c.id, u.id from public.channels c, public.users u
   where c.slug = 'public' and u.username = 'supabot+supaadmin@example.com';
insert into public.messages (message, channel_id, user_id)
  select 'Perfection is attained, not when there is nothing more to add, but when there is nothing left to take away.',
         c.id, u.id from public.channels c, public.users u
   where c.slug = 'random' and u.username = 'someone@example.com';
insert into public.messages (message, channel_id, user_id)
  select null, c.id, u.id from public.channels c, public.users u
   where c.slug = 'random' and u.username = 'moderator+supamod@example.com';
