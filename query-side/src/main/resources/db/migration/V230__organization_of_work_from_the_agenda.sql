-- The organization of work is answered from the agenda read model (agenda_view), which already holds every slot
-- with its assignments; the separate read model that refolded the agenda on every meeting event is retired.
DROP TABLE organization_of_work_slot;
DROP TABLE organization_of_work_state;
