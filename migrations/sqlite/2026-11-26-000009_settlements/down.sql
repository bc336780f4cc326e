DROP TABLE obligations;
DROP TABLE agreements;
DROP TABLE blind_offers;
DROP TABLE proposal_answers;
DROP TABLE proposals;
