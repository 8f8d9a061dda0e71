-- Tickets left in the chat (after the bot's "leave a message" offer) remember the message they came from, so
-- every node seeing the same message creates the ticket once.
alter table leave_message_ticket add column source_seq bigint;

create unique index leave_message_ticket_source on leave_message_ticket (conversation_id, source_seq);
