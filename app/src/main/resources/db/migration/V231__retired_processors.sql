-- The processor of the retired organization-of-work read model (see V230): its tokens and any events parked in its
-- dead-letter queue go with it, so no segment of a processor that no longer exists is reported or waited for.
DELETE FROM token_entry WHERE processor_name = 'organization-of-work';
DELETE FROM dead_letter_entry WHERE processing_group = 'organization-of-work';
