/// Every migration, in order. Append only.
let migrations: [Migration] = [
    Migration(version: 1, why: "the network: members, agencies and their signing keys, users, working arrangements", statements: [
        "CREATE TABLE members (code TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
        """
        CREATE TABLE agencies (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
          country TEXT REFERENCES members(code), parent_id TEXT REFERENCES agencies(id), created_at BIGINT NOT NULL)
        """,
        """
        CREATE TABLE agency_keys (id TEXT PRIMARY KEY, agency_id TEXT NOT NULL REFERENCES agencies(id),
          public_key TEXT NOT NULL, private_key TEXT NOT NULL, created_at BIGINT NOT NULL, retired_at BIGINT)
        """,
        "CREATE INDEX agency_keys_agency ON agency_keys(agency_id)",
        """
        CREATE TABLE users (username TEXT PRIMARY KEY, display_name TEXT NOT NULL,
          agency_id TEXT NOT NULL REFERENCES agencies(id), roles TEXT NOT NULL, password_hash TEXT NOT NULL,
          demo BIGINT NOT NULL DEFAULT 0, disabled_at BIGINT, created_at BIGINT NOT NULL)
        """,
        "CREATE INDEX users_agency ON users(agency_id)",
        """
        CREATE TABLE arrangements (id TEXT PRIMARY KEY, partner_id TEXT NOT NULL REFERENCES agencies(id),
          title TEXT NOT NULL, categories TEXT NOT NULL, direction TEXT NOT NULL, purposes TEXT NOT NULL,
          valid_from BIGINT NOT NULL, valid_until BIGINT NOT NULL, created_at BIGINT NOT NULL)
        """,
    ]),
    Migration(version: 2, why: "accounts: hashed session tokens, hashed API keys, login throttling", statements: [
        """
        CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES users(username),
          created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked_at BIGINT)
        """,
        "CREATE INDEX sessions_username ON sessions(username)",
        """
        CREATE TABLE api_keys (id TEXT PRIMARY KEY, agency_id TEXT NOT NULL REFERENCES agencies(id), name TEXT NOT NULL,
          scopes TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE, created_by TEXT NOT NULL, created_at BIGINT NOT NULL,
          revoked_at BIGINT)
        """,
        """
        CREATE TABLE login_attempts (username TEXT PRIMARY KEY, failures BIGINT NOT NULL,
          first_failure_at BIGINT NOT NULL, locked_until BIGINT)
        """,
    ]),
    Migration(version: 3, why: "the audit ledger: Merkle tree leaves and signed checkpoints", statements: [
        "CREATE TABLE ledger_entries (idx BIGINT PRIMARY KEY, entry TEXT NOT NULL, leaf_hash TEXT NOT NULL)",
        """
        CREATE TABLE ledger_checkpoints (tree_size BIGINT PRIMARY KEY, root_hash TEXT NOT NULL,
          created_at BIGINT NOT NULL, key_id TEXT NOT NULL, signature TEXT NOT NULL)
        """,
    ]),
    Migration(version: 4, why: "installation settings, such as whether the demo network was seeded", statements: [
        "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]),
    Migration(version: 5, why: "notices and diffusions: the notice document, its history, its recipients, yearly numbering", statements: [
        "CREATE TABLE notice_counters (year BIGINT PRIMARY KEY, last_number BIGINT NOT NULL)",
        """
        CREATE TABLE notices (id TEXT PRIMARY KEY, year BIGINT NOT NULL, number BIGINT NOT NULL, kind TEXT NOT NULL,
          status TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES agencies(id), requester_country TEXT,
          subject_name TEXT NOT NULL, search_text TEXT NOT NULL, draft TEXT NOT NULL, findings TEXT NOT NULL,
          public_extract BIGINT NOT NULL, reviewed BIGINT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
          published_at BIGINT, expires_at BIGINT, reminded_at BIGINT)
        """,
        "CREATE INDEX notices_status ON notices(status, kind)",
        "CREATE INDEX notices_owner ON notices(owner_id)",
        """
        CREATE TABLE notice_history (notice_id TEXT NOT NULL REFERENCES notices(id), seq BIGINT NOT NULL, at BIGINT NOT NULL,
          actor TEXT NOT NULL, agency TEXT NOT NULL, step TEXT NOT NULL, from_status TEXT, to_status TEXT NOT NULL,
          grounds TEXT NOT NULL, PRIMARY KEY (notice_id, seq))
        """,
        """
        CREATE TABLE notice_recipients (notice_id TEXT NOT NULL REFERENCES notices(id), country TEXT NOT NULL,
          PRIMARY KEY (notice_id, country))
        """,
    ]),
    Migration(version: 6, why: "the event log that agencies' streams read, written in the same transaction as the change", statements: [
        """
        CREATE TABLE events (id BIGINT PRIMARY KEY, agency_id TEXT NOT NULL REFERENCES agencies(id), type TEXT NOT NULL,
          object TEXT NOT NULL, data TEXT NOT NULL, created_at BIGINT NOT NULL)
        """,
        "CREATE INDEX events_agency ON events(agency_id, id)",
    ]),
    Migration(version: 7, why: "messages between agencies: signed content, per-recipient delivery, content-addressed attachments", statements: [
        """
        CREATE TABLE messages (id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, sender_agency TEXT NOT NULL REFERENCES agencies(id),
          client_message_id TEXT, document TEXT NOT NULL, search_text TEXT NOT NULL, sent_at BIGINT NOT NULL,
          key_id TEXT NOT NULL, signature TEXT NOT NULL)
        """,
        "CREATE UNIQUE INDEX messages_client_id ON messages(sender_agency, client_message_id)",
        "CREATE INDEX messages_thread ON messages(thread_id)",
        """
        CREATE TABLE message_recipients (message_id TEXT NOT NULL REFERENCES messages(id), agency_id TEXT NOT NULL REFERENCES agencies(id),
          copy BIGINT NOT NULL, cursor BIGINT NOT NULL, delivered_at BIGINT, read_at BIGINT, read_by TEXT,
          acknowledged_at BIGINT, acknowledged_by TEXT, PRIMARY KEY (message_id, agency_id))
        """,
        "CREATE INDEX message_recipients_inbox ON message_recipients(agency_id, cursor)",
        """
        CREATE TABLE attachments (id TEXT PRIMARY KEY, content_type TEXT NOT NULL, size BIGINT NOT NULL, data TEXT NOT NULL,
          uploaded_by TEXT NOT NULL REFERENCES agencies(id), created_at BIGINT NOT NULL)
        """,
        """
        CREATE TABLE message_attachments (message_id TEXT NOT NULL REFERENCES messages(id),
          attachment_id TEXT NOT NULL REFERENCES attachments(id), PRIMARY KEY (message_id, attachment_id))
        """,
    ]),
    Migration(version: 8, why: "requests for assistance between agencies: the request with its service-level clock, and its timeline", statements: [
        """
        CREATE TABLE assistance_requests (id TEXT PRIMARY KEY, requester_id TEXT NOT NULL REFERENCES agencies(id),
          receiver_id TEXT NOT NULL REFERENCES agencies(id), created_by TEXT NOT NULL, type TEXT NOT NULL, priority TEXT NOT NULL,
          status TEXT NOT NULL, subject TEXT NOT NULL, details TEXT NOT NULL, notices TEXT NOT NULL, records TEXT NOT NULL,
          attachments TEXT NOT NULL, handling TEXT NOT NULL, purpose TEXT NOT NULL, assignee TEXT REFERENCES users(username),
          created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, due_at BIGINT NOT NULL, first_answered_at BIGINT, escalated_at BIGINT,
          version BIGINT NOT NULL)
        """,
        "CREATE INDEX assistance_requests_receiver ON assistance_requests(receiver_id, created_at)",
        "CREATE INDEX assistance_requests_requester ON assistance_requests(requester_id, created_at)",
        "CREATE INDEX assistance_requests_due ON assistance_requests(status, due_at)",
        """
        CREATE TABLE assistance_request_timeline (request_id TEXT NOT NULL REFERENCES assistance_requests(id), seq BIGINT NOT NULL,
          at BIGINT NOT NULL, actor TEXT NOT NULL, agency TEXT NOT NULL, kind TEXT NOT NULL, from_status TEXT, to_status TEXT,
          text TEXT NOT NULL, attachments TEXT NOT NULL, PRIMARY KEY (request_id, seq))
        """,
    ]),
    Migration(version: 9, why: "police databases: records of every kind as JSON with the columns screening looks up, and every version", statements: [
        """
        CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES agencies(id),
          version BIGINT NOT NULL, document TEXT NOT NULL, natural_key TEXT, doc_number TEXT, doc_country TEXT, vin TEXT,
          plate TEXT, plate_country TEXT, serial TEXT, make TEXT, primary_name TEXT, search_text TEXT NOT NULL,
          created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, retain_until BIGINT NOT NULL, review_at BIGINT NOT NULL,
          reminded_at BIGINT)
        """,
        "CREATE INDEX records_kind ON records(kind, id)",
        "CREATE UNIQUE INDEX records_natural_key ON records(kind, owner_id, natural_key)",
        "CREATE INDEX records_document ON records(doc_number, doc_country) WHERE doc_number IS NOT NULL",
        "CREATE INDEX records_vin ON records(vin) WHERE vin IS NOT NULL",
        "CREATE INDEX records_plate ON records(plate, plate_country) WHERE plate IS NOT NULL",
        "CREATE INDEX records_serial ON records(serial, make) WHERE serial IS NOT NULL",
        "CREATE INDEX records_name ON records(primary_name) WHERE primary_name IS NOT NULL",
        "CREATE INDEX records_review ON records(review_at) WHERE reminded_at IS NULL",
        """
        CREATE TABLE record_history (record_id TEXT NOT NULL, version BIGINT NOT NULL, kind TEXT NOT NULL, change TEXT NOT NULL,
          at BIGINT NOT NULL, actor TEXT NOT NULL, agency TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (record_id, version))
        """,
    ]),
    Migration(version: 10, why: "screening hits: who matched which record, where, when and how closely, for both the owner and the screener", statements: [
        """
        CREATE TABLE hits (id TEXT PRIMARY KEY, record_id TEXT NOT NULL, kind TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES agencies(id),
          screener_agency TEXT NOT NULL REFERENCES agencies(id), screener TEXT NOT NULL, purpose TEXT NOT NULL, location TEXT,
          score DOUBLE PRECISION NOT NULL, visible BIGINT NOT NULL, summary TEXT NOT NULL, matched TEXT NOT NULL, created_at BIGINT NOT NULL)
        """,
        "CREATE INDEX hits_owner ON hits(owner_id, created_at)",
        "CREATE INDEX hits_screener ON hits(screener_agency, created_at)",
    ]),
    Migration(version: 11, why: "the audit ledger's entries found by time, actor, agency, action and object, for the access log", statements: [
        "ALTER TABLE ledger_entries ADD COLUMN at BIGINT",
        "ALTER TABLE ledger_entries ADD COLUMN actor TEXT",
        "ALTER TABLE ledger_entries ADD COLUMN agency TEXT",
        "ALTER TABLE ledger_entries ADD COLUMN action TEXT",
        "ALTER TABLE ledger_entries ADD COLUMN object TEXT",
        "CREATE INDEX ledger_entries_actor ON ledger_entries(actor, idx)",
        "CREATE INDEX ledger_entries_agency ON ledger_entries(agency, idx)",
        "CREATE INDEX ledger_entries_object ON ledger_entries(object, idx)",
    ], byEngine: [
        // The entries written before: their columns are read from their canonical JSON.
        .sqlite: ["""
            UPDATE ledger_entries SET at = CAST(ROUND((julianday(json_extract(entry, '$.time')) - 2440587.5) * 86400000) AS INTEGER),
              actor = json_extract(entry, '$.actor'), agency = json_extract(entry, '$.agency'),
              action = json_extract(entry, '$.action'), object = json_extract(entry, '$.object')
            """],
        .postgres: ["""
            UPDATE ledger_entries SET at = CAST(EXTRACT(EPOCH FROM CAST(CAST(entry AS json) ->> 'time' AS timestamptz)) * 1000 AS BIGINT),
              actor = CAST(entry AS json) ->> 'actor', agency = CAST(entry AS json) ->> 'agency',
              action = CAST(entry AS json) ->> 'action', object = CAST(entry AS json) ->> 'object'
            """],
    ]),
    Migration(version: 12, why: "the language each user chose to read Liaison in", statements: [
        "ALTER TABLE users ADD COLUMN language TEXT",
    ]),
]
