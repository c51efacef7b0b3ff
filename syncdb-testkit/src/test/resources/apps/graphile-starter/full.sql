-- Graphile Starter: the users/emails/authentication part of its first migration
-- (@app/db/migrations/committed/000001.sql), with the app_public, app_private and app_hidden
-- schemas folded into public, the graphile_worker job queue replaced by a small jobs table and
-- add_job function, and the role grants left out. See README.md.

create extension if not exists citext;
create extension if not exists pgcrypto;

/**********/

-- stands in for graphile_worker.jobs / graphile_worker.add_job
create table jobs (
  id bigserial primary key,
  queue_name text,
  task_identifier text not null,
  payload json not null default '{}'::json,
  run_at timestamptz not null default now(),
  attempts int not null default 0,
  created_at timestamptz not null default now()
);

create function add_job(identifier text, payload json default '{}'::json, queue_name text default null)
returns jobs as $$
  insert into jobs (task_identifier, payload, queue_name)
  values (identifier, coalesce(payload, '{}'::json), queue_name)
  returning *;
$$ language sql volatile;

/**********/

create function tg__add_job() returns trigger as $$
begin
  perform add_job(tg_argv[0], json_build_object('id', NEW.id));
  return NEW;
end;
$$ language plpgsql volatile security definer set search_path to pg_catalog, public, pg_temp;
comment on function tg__add_job() is
  E'Useful shortcut to create a job on insert/update. Pass the task name as the first trigger argument, and optionally the queue name as the second argument. The record id will automatically be available on the JSON payload.';

/**********/

create function tg__timestamps() returns trigger as $$
begin
  NEW.created_at = (case when TG_OP = 'INSERT' then NOW() else OLD.created_at end);
  NEW.updated_at = (case when TG_OP = 'UPDATE' and OLD.updated_at >= NOW() then OLD.updated_at + interval '1 millisecond' else NOW() end);
  return NEW;
end;
$$ language plpgsql volatile set search_path to pg_catalog, public, pg_temp;
comment on function tg__timestamps() is
  E'This trigger should be called on all tables with created_at, updated_at - it ensures that they cannot be manipulated and that updated_at will always be larger than the previous updated_at.';

/**********/

create function assert_valid_password(new_password text) returns void as $$
begin
  -- TODO: add better assertions!
  if length(new_password) < 8 then
    raise exception 'Password is too weak' using errcode = 'WEAKP';
  end if;
end;
$$ language plpgsql volatile;

/**********/

create table connect_pg_simple_sessions (
  sid varchar not null,
  sess json not null,
  expire timestamp not null
);
alter table connect_pg_simple_sessions
  enable row level security;
alter table connect_pg_simple_sessions
  add constraint session_pkey primary key (sid) not deferrable initially immediate;

/**********/

create table sessions (
  uuid uuid not null default gen_random_uuid() primary key,
  user_id uuid not null,
  -- You could add access restriction columns here if you want, e.g. for OAuth scopes.
  created_at timestamptz not null default now(),
  last_active timestamptz not null default now()
);
alter table sessions enable row level security;

/**********/

create function current_session_id() returns uuid as $$
  select nullif(pg_catalog.current_setting('jwt.claims.session_id', true), '')::uuid;
$$ language sql stable;
comment on function current_session_id() is
  E'Handy method to get the current session ID.';

create function current_user_id() returns uuid as $$
  select user_id from public.sessions where uuid = public.current_session_id();
$$ language sql stable security definer set search_path to pg_catalog, public, pg_temp;
comment on function current_user_id() is
  E'Handy method to get the current user ID for use in RLS policies, etc; in GraphQL, use `currentUser{id}` instead.';

/**********/

create function tg__add_audit_job() returns trigger as $$
declare
  v_user_id uuid;
  v_type text = TG_ARGV[0];
  v_user_id_attribute text = TG_ARGV[1];
  v_extra_attribute1 text = TG_ARGV[2];
  v_extra_attribute2 text = TG_ARGV[3];
  v_extra_attribute3 text = TG_ARGV[4];
  v_extra1 text;
  v_extra2 text;
  v_extra3 text;
begin
  if v_user_id_attribute is null then
    raise exception 'Invalid tg__add_audit_job call';
  end if;

  execute 'select ($1.' || quote_ident(v_user_id_attribute) || ')::uuid'
    using (case when TG_OP = 'INSERT' then NEW else OLD end)
    into v_user_id;

  if v_extra_attribute1 is not null then
    execute 'select ($1.' || quote_ident(v_extra_attribute1) || ')::text'
      using (case when TG_OP = 'DELETE' then OLD else NEW end)
      into v_extra1;
  end if;
  if v_extra_attribute2 is not null then
    execute 'select ($1.' || quote_ident(v_extra_attribute2) || ')::text'
      using (case when TG_OP = 'DELETE' then OLD else NEW end)
      into v_extra2;
  end if;
  if v_extra_attribute3 is not null then
    execute 'select ($1.' || quote_ident(v_extra_attribute3) || ')::text'
      using (case when TG_OP = 'DELETE' then OLD else NEW end)
      into v_extra3;
  end if;

  if v_user_id is not null then
    perform add_job(
      'user__audit',
      json_build_object(
        'type', v_type,
        'user_id', v_user_id,
        'extra1', v_extra1,
        'extra2', v_extra2,
        'extra3', v_extra3,
        'current_user_id', current_user_id(),
        'schema', TG_TABLE_SCHEMA,
        'table', TG_TABLE_NAME
      ));
  end if;

  return NEW;
end;
$$ language plpgsql volatile security definer set search_path to pg_catalog, public, pg_temp;
comment on function tg__add_audit_job() is
  E'For notifying a user that an auditable action has taken place. Call with audit event name, user ID attribute name, and optionally another value to be included (e.g. the PK of the table, or some other relevant information). e.g. `tg__add_audit_job(''added_email'', ''user_id'', ''email'')`';

/**********/

create table users (
  id uuid primary key default gen_random_uuid(),
  username citext not null unique check(length(username) >= 2 and length(username) <= 24 and username ~ '^[a-zA-Z]([a-zA-Z0-9][_]?)+$'),
  name text,
  avatar_url text check(avatar_url ~ '^https?://[^/]+'),
  is_admin boolean not null default false,
  is_verified boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table users enable row level security;

alter table sessions add constraint sessions_user_id_fkey foreign key ("user_id") references users on delete cascade;
create index on sessions (user_id);

create policy select_all on users for select using (true);
create policy update_self on users for update using (id = current_user_id());

comment on table users is
  E'A user who can log in to the application.';

comment on column users.id is
  E'Unique identifier for the user.';
comment on column users.username is
  E'Public-facing username (or ''handle'') of the user.';
comment on column users.name is
  E'Public-facing name (or pseudonym) of the user.';
comment on column users.avatar_url is
  E'Optional avatar URL.';
comment on column users.is_admin is
  E'If true, the user has elevated privileges.';

create trigger _100_timestamps
  before insert or update on users
  for each row
  execute procedure tg__timestamps();

/**********/

create function "current_user"() returns users as $$
  select users.* from public.users where id = public.current_user_id();
$$ language sql stable;
comment on function "current_user"() is
  E'The currently logged in user (or null if not logged in).';

/**********/

create table user_secrets (
  user_id uuid not null primary key references users on delete cascade,
  password_hash text,
  last_login_at timestamptz not null default now(),
  failed_password_attempts int not null default 0,
  first_failed_password_attempt timestamptz,
  reset_password_token text,
  reset_password_token_generated timestamptz,
  failed_reset_password_attempts int not null default 0,
  first_failed_reset_password_attempt timestamptz,
  delete_account_token text,
  delete_account_token_generated timestamptz
);
alter table user_secrets enable row level security;
comment on table user_secrets is
  E'The contents of this table should never be visible to the user. Contains data mostly related to authentication.';

create function tg_user_secrets__insert_with_user() returns trigger as $$
begin
  insert into user_secrets(user_id) values(NEW.id);
  return NEW;
end;
$$ language plpgsql volatile set search_path to pg_catalog, public, pg_temp;
create trigger _500_insert_secrets
  after insert on users
  for each row
  execute procedure tg_user_secrets__insert_with_user();
comment on function tg_user_secrets__insert_with_user() is
  E'Ensures that every user record has an associated user_secret record.';

create function users_has_password(u users) returns boolean as $$
  select (password_hash is not null) from public.user_secrets where user_secrets.user_id = u.id and u.id = public.current_user_id();
$$ language sql stable security definer set search_path to pg_catalog, public, pg_temp;

/**********/

create table user_emails (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default current_user_id() references users on delete cascade,
  email citext not null check (email ~ '[^@]+@[^@]+\.[^@]+'),
  is_verified boolean not null default false,
  is_primary boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint user_emails_user_id_email_key unique(user_id, email),
  constraint user_emails_must_be_verified_to_be_primary check(is_primary is false or is_verified is true)
);
alter table user_emails enable row level security;

-- Once an email is verified, it may only be used by one user
create unique index uniq_user_emails_verified_email on user_emails(email) where (is_verified is true);
-- Only one primary email per user
create unique index uniq_user_emails_primary_email on user_emails (user_id) where (is_primary is true);
create index idx_user_emails_primary on user_emails (is_primary, user_id);

create trigger _100_timestamps
  before insert or update on user_emails
  for each row
  execute procedure tg__timestamps();
create trigger _500_audit_added
  after insert on user_emails
  for each row
  execute procedure tg__add_audit_job(
    'added_email',
    'user_id',
    'id',
    'email'
  );
create trigger _500_audit_removed
  after delete on user_emails
  for each row
  execute procedure tg__add_audit_job(
    'removed_email',
    'user_id',
    'id',
    'email'
  );

create function tg_user_emails__forbid_if_verified() returns trigger as $$
begin
  if exists(select 1 from user_emails where email = NEW.email and is_verified is true) then
    raise exception 'An account using that email address has already been created.' using errcode='EMTKN';
  end if;
  return NEW;
end;
$$ language plpgsql volatile security definer set search_path to pg_catalog, public, pg_temp;
create trigger _200_forbid_existing_email before insert on user_emails for each row execute procedure tg_user_emails__forbid_if_verified();

create trigger _900_send_verification_email
  after insert on user_emails
  for each row
  when (NEW.is_verified is false)
  execute procedure tg__add_job('user_emails__send_verification');

comment on table user_emails is
  E'Information about a user''s email address.';
comment on column user_emails.email is
  E'The users email address, in `a@b.c` format.';
comment on column user_emails.is_verified is
  E'True if the user has is_verified their email address (by clicking the link in the email we sent them, or logging in with a social login provider), false otherwise.';
create policy select_own on user_emails for select using (user_id = current_user_id());
create policy insert_own on user_emails for insert with check (user_id = current_user_id());
-- No update
create policy delete_own on user_emails for delete using (user_id = current_user_id());

-- Prevent deleting last email

create function tg_user_emails__prevent_delete_last_email() returns trigger as $$
begin
  if exists (
    with remaining as (
      select user_emails.user_id
      from user_emails
      inner join deleted
      on user_emails.user_id = deleted.user_id
      -- Don't delete last verified email
      where (user_emails.is_verified is true or not exists (
        select 1
        from deleted d2
        where d2.user_id = user_emails.user_id
        and d2.is_verified is true
      ))
      order by user_emails.id asc

      /*
       * Lock this table to prevent race conditions; see:
       * https://www.cybertec-postgresql.com/en/triggers-to-enforce-constraints/
       */
      for update of user_emails
    )
    select 1
    from users
    where id in (
      select user_id from deleted
      except
      select user_id from remaining
    )
  )
  then
    raise exception 'You must have at least one (verified) email address' using errcode = 'CDLEA';
  end if;

  return null;
end;
$$
language plpgsql
-- Security definer is required for 'FOR UPDATE OF' since we don't grant UPDATE privileges.
security definer
set search_path = pg_catalog, public, pg_temp;

create trigger _500_prevent_delete_last
  after delete on user_emails
  referencing old table as deleted
  for each statement
  execute procedure tg_user_emails__prevent_delete_last_email();

/**********/

create table user_email_secrets (
  user_email_id uuid primary key references user_emails on delete cascade,
  verification_token text,
  verification_email_sent_at timestamptz,
  password_reset_email_sent_at timestamptz
);
alter table user_email_secrets enable row level security;
comment on table user_email_secrets is
  E'The contents of this table should never be visible to the user. Contains data mostly related to email verification and avoiding spamming users.';
comment on column user_email_secrets.password_reset_email_sent_at is
  E'We store the time the last password reset was sent to this email to prevent the email getting flooded.';

create function tg_user_email_secrets__insert_with_user_email() returns trigger as $$
declare
  v_verification_token text;
begin
  if NEW.is_verified is false then
    v_verification_token = encode(gen_random_bytes(7), 'hex');
  end if;
  insert into user_email_secrets(user_email_id, verification_token) values(NEW.id, v_verification_token);
  return NEW;
end;
$$ language plpgsql volatile security definer set search_path to pg_catalog, public, pg_temp;
create trigger _500_insert_secrets
  after insert on user_emails
  for each row
  execute procedure tg_user_email_secrets__insert_with_user_email();
comment on function tg_user_email_secrets__insert_with_user_email() is
  E'Ensures that every user_email record has an associated user_email_secret record.';

/**********/

create function verify_email(user_email_id uuid, token text) returns boolean as $$
begin
  update user_emails
  set
    is_verified = true,
    is_primary = is_primary or not exists(
      select 1 from user_emails other_email where other_email.user_id = user_emails.user_id and other_email.is_primary is true
    )
  where id = user_email_id
  and exists(
    select 1 from user_email_secrets where user_email_secrets.user_email_id = user_emails.id and verification_token = token
  );
  return found;
end;
$$ language plpgsql strict volatile security definer set search_path to pg_catalog, public, pg_temp;
comment on function verify_email(user_email_id uuid, token text) is
  E'Once you have received a verification token for your email, you may call this mutation with that token to make your email verified.';

/**********/

create table user_authentications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users on delete cascade,
  service text not null,
  identifier text not null,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint uniq_user_authentications unique(service, identifier)
);

alter table user_authentications enable row level security;
create index on user_authentications(user_id);
create trigger _100_timestamps
  before insert or update on user_authentications
  for each row
  execute procedure tg__timestamps();

comment on table user_authentications is
  E'Contains information about the login providers this user has used, so that they may disconnect them should they wish.';
comment on column user_authentications.service is
  E'The login service used, e.g. `twitter` or `github`.';
comment on column user_authentications.identifier is
  E'A unique identifier for the user within the login service.';
comment on column user_authentications.details is
  E'Additional profile details extracted from this login method';

create policy select_own on user_authentications for select using (user_id = current_user_id());
create policy delete_own on user_authentications for delete using (user_id = current_user_id()); -- TODO check this isn't the last one, or that they have a verified email address

create trigger _500_audit_removed
  after delete on user_authentications
  for each row
  execute procedure tg__add_audit_job(
    'unlinked_account',
    'user_id',
    'service',
    'identifier'
  );

/**********/

create table user_authentication_secrets (
  user_authentication_id uuid not null primary key references user_authentications on delete cascade,
  details jsonb not null default '{}'::jsonb
);
alter table user_authentication_secrets enable row level security;

/**********/

create function login(username citext, password text) returns sessions as $$
declare
  v_user users;
  v_user_secret user_secrets;
  v_login_attempt_window_duration interval = interval '5 minutes';
  v_session sessions;
begin
  if username like '%@%' then
    -- It's an email
    select users.* into v_user
    from users
    inner join user_emails
    on (user_emails.user_id = users.id)
    where user_emails.email = login.username
    order by
      user_emails.is_verified desc, -- Prefer verified email
      user_emails.created_at asc -- Failing that, prefer the first registered (unverified users _should_ verify before logging in)
    limit 1;
  else
    -- It's a username
    select users.* into v_user
    from users
    where users.username = login.username;
  end if;

  if not (v_user is null) then
    -- Load their secrets
    select * into v_user_secret from user_secrets
    where user_secrets.user_id = v_user.id;

    -- Have there been too many login attempts?
    if (
      v_user_secret.first_failed_password_attempt is not null
    and
      v_user_secret.first_failed_password_attempt > NOW() - v_login_attempt_window_duration
    and
      v_user_secret.failed_password_attempts >= 3
    ) then
      raise exception 'User account locked - too many login attempts. Try again after 5 minutes.' using errcode = 'LOCKD';
    end if;

    -- Not too many login attempts, let's check the password.
    -- NOTE: `password_hash` could be null, this is fine since `NULL = NULL` is null, and null is falsy.
    if v_user_secret.password_hash = crypt(password, v_user_secret.password_hash) then
      -- Excellent - they're logged in! Let's reset the attempt tracking
      update user_secrets
      set failed_password_attempts = 0, first_failed_password_attempt = null, last_login_at = now()
      where user_id = v_user.id;
      -- Create a session for the user
      insert into sessions (user_id) values (v_user.id) returning * into v_session;
      -- And finally return the session
      return v_session;
    else
      -- Wrong password, bump all the attempt tracking figures
      update user_secrets
      set
        failed_password_attempts = (case when first_failed_password_attempt is null or first_failed_password_attempt < now() - v_login_attempt_window_duration then 1 else failed_password_attempts + 1 end),
        first_failed_password_attempt = (case when first_failed_password_attempt is null or first_failed_password_attempt < now() - v_login_attempt_window_duration then now() else first_failed_password_attempt end)
      where user_id = v_user.id;
      return null; -- Must not throw otherwise transaction will be aborted and attempts won't be recorded
    end if;
  else
    -- No user with that email/username was found
    return null;
  end if;
end;
$$ language plpgsql strict volatile security definer set search_path to pg_catalog, public, pg_temp;

comment on function login(username citext, password text) is
  E'Returns a user that matches the username/password combo, or null on failure.';

/**********/

create function logout() returns void as $$
begin
  -- Delete the session
  delete from sessions where uuid = current_session_id();
  -- Clear the identifier from the transaction
  perform set_config('jwt.claims.session_id', '', true);
end;
$$ language plpgsql security definer volatile set search_path to pg_catalog, public, pg_temp;

/**********/

create table unregistered_email_password_resets (
  email citext constraint unregistered_email_pkey primary key,
  attempts int not null default 1,
  latest_attempt timestamptz not null
);
comment on table unregistered_email_password_resets is
  E'If someone tries to recover the password for an email that is not registered in our system, this table enables us to rate-limit outgoing emails to avoid spamming.';
comment on column unregistered_email_password_resets.attempts is
  E'We store the number of attempts to help us detect accounts being attacked.';
comment on column unregistered_email_password_resets.latest_attempt is
  E'We store the time the last password reset was sent to this email to prevent the email getting flooded.';

/**********/

create function forgot_password(email citext) returns void as $$
declare
  v_user_email user_emails;
  v_token text;
  v_token_min_duration_between_emails interval = interval '3 minutes';
  v_token_max_duration interval = interval '3 days';
  v_now timestamptz = clock_timestamp(); -- Function can be called multiple during transaction
  v_latest_attempt timestamptz;
begin
  -- Find the matching user_email:
  select user_emails.* into v_user_email
  from user_emails
  where user_emails.email = forgot_password.email
  order by is_verified desc, id desc;

  -- If there is no match:
  if v_user_email is null then
    -- This email doesn't exist in the system; trigger an email stating as much.

    -- We do not allow this email to be triggered more than once every 15
    -- minutes, so we need to track it:
    insert into unregistered_email_password_resets (email, latest_attempt)
      values (forgot_password.email, v_now)
      on conflict on constraint unregistered_email_pkey
      do update
        set latest_attempt = v_now, attempts = unregistered_email_password_resets.attempts + 1
        where unregistered_email_password_resets.latest_attempt < v_now - interval '15 minutes'
      returning latest_attempt into v_latest_attempt;

    if v_latest_attempt = v_now then
      perform add_job(
        'user__forgot_password_unregistered_email',
        json_build_object('email', forgot_password.email::text)
      );
    end if;

    -- TODO: we should clear out the unregistered_email_password_resets table periodically.

    return;
  end if;

  -- There was a match.
  -- See if we've triggered a reset recently:
  if exists(
    select 1
    from user_email_secrets
    where user_email_id = v_user_email.id
    and password_reset_email_sent_at is not null
    and password_reset_email_sent_at > v_now - v_token_min_duration_between_emails
  ) then
    -- If so, take no action.
    return;
  end if;

  -- Fetch or generate reset token:
  update user_secrets
  set
    reset_password_token = (
      case
      when reset_password_token is null or reset_password_token_generated < v_now - v_token_max_duration
      then encode(gen_random_bytes(7), 'hex')
      else reset_password_token
      end
    ),
    reset_password_token_generated = (
      case
      when reset_password_token is null or reset_password_token_generated < v_now - v_token_max_duration
      then v_now
      else reset_password_token_generated
      end
    )
  where user_id = v_user_email.user_id
  returning reset_password_token into v_token;

  -- Don't allow spamming an email:
  update user_email_secrets
  set password_reset_email_sent_at = v_now
  where user_email_id = v_user_email.id;

  -- Trigger email send:
  perform add_job(
    'user__forgot_password',
    json_build_object('id', v_user_email.user_id, 'email', v_user_email.email::text, 'token', v_token)
  );

end;
$$ language plpgsql strict security definer volatile set search_path to pg_catalog, public, pg_temp;

comment on function forgot_password(email citext) is
  E'If you''ve forgotten your password, give us one of your email addresses and we''ll send you a reset token. Note this only works if you have added an email address!';
