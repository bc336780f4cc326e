DROP TABLE hearing_answers;
DROP TABLE hearings;
