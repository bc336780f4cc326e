DROP TABLE case_documents;
DROP TABLE case_reads;
DROP TABLE case_messages;
