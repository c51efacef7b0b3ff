INSERT INTO role_permissions VALUES (1, 'channels.delete'), (2, 'messages.delete'); INSERT INTO channels VALUES (1, 'general');
