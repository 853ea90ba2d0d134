-- Where each Bureau member is told (bureau-view): the addresses notices go to and those copied, one per line, the
-- language, the member's time zone and whether one daily digest replaces single messages; NULL contact_to for a
-- member without a contact. The Bureau's row keeps the secretariat's address for copies and replies.

ALTER TABLE bureau_view_member ADD COLUMN contact_to VARCHAR;
ALTER TABLE bureau_view_member ADD COLUMN contact_cc VARCHAR;
ALTER TABLE bureau_view_member ADD COLUMN contact_language VARCHAR(8);
ALTER TABLE bureau_view_member ADD COLUMN contact_time_zone VARCHAR(64);
ALTER TABLE bureau_view_member ADD COLUMN contact_digest BOOLEAN;
ALTER TABLE bureau_view ADD COLUMN secretariat_address VARCHAR(254);
