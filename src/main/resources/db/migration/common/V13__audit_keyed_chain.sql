-- The chain is keyed: each entry and the head carry an HMAC-SHA256 under a key kept outside the
-- database (plenary.audit.key or plenary.audit.key-file), so that an entry rewritten with a
-- recomputed SHA-256, or a head rewound to an earlier entry, no longer verifies. A chain written
-- before keying is sealed once, at the first start that has a key (see AuditLog.sealLegacy).
alter table audit_entry add column mac char(64);
alter table audit_head add column mac char(64);
