DROP TRIGGER agreements_never_change ON agreements;
DROP FUNCTION agreements_never_change();
DROP TABLE obligations;
DROP TABLE agreements;
DROP TABLE blind_offers;
DROP TABLE proposal_answers;
DROP TABLE proposals;
