//! Names and words for the seeded data: varied enough that rows differ in length and the
//! text search has something to find ("washing machine" is in one case in twelve).
use super::seed::Dice;

const FIRST: &[&str] = &[
    "Ivana", "Georgi", "Maria", "Nikolai", "Elena", "Dimitar", "Anna", "Peeter", "Kadri", "Jaan",
    "Liis", "Zsófia", "Bence", "Réka", "Gábor", "Olga", "Sergei", "Natalia", "Noa", "Yosef",
    "Tamar", "Clara", "Martin", "Sofia",
];
const LAST: &[&str] = &[
    "Petrova",
    "Ivanov",
    "Dimitrova",
    "Tamm",
    "Saar",
    "Kask",
    "Nagy",
    "Kovács",
    "Szabó",
    "Smirnova",
    "Volkov",
    "Cohen",
    "Levi",
    "Mizrahi",
    "Becker",
    "Moreau",
    "Rossi",
    "Novak",
    "Horvat",
    "Popescu",
];

pub const COUNTRIES: &[&str] = &["BG", "EE", "HU", "DE", "RO", "FI", "AT", "GR"];
pub const SECTORS: &[&str] = &["Electronics", "Travel", "Furniture", "Telecoms", "Clothing"];

pub const THINGS: &[&str] = &[
    "washing machine",
    "laptop",
    "sofa",
    "flight to Lisbon",
    "mobile phone",
    "package holiday",
    "winter jacket",
    "dishwasher",
    "broadband contract",
    "pair of running shoes",
    "television",
    "train ticket",
];

pub const DOCUMENTS: &[&str] = &[
    "Receipt",
    "Invoice",
    "Photo of the damage",
    "Complaint letter",
    "Trader reply",
    "Warranty card",
    "Booking confirmation",
    "Expert opinion",
];

const SENTENCES: &[&str] = &[
    "I contacted the shop twice and nobody answered.",
    "The product stopped working after two weeks of normal use.",
    "We offered a repair free of charge, which the customer refused.",
    "Please find the receipt and the photos attached to this case.",
    "The delivery was three weeks late and the box was damaged.",
    "Our records show that the item was used far beyond its purpose.",
    "I would accept a partial refund if it is paid this month.",
    "Could both parties confirm whether a meeting next week suits them?",
    "The warranty covers this fault; the exclusion cited does not apply.",
    "We are willing to replace the item with the current model.",
    "I have attached the expert's assessment of the defect.",
    "The hotel was not the one booked and the room had no window.",
    "Thank you; I will forward this to our legal department.",
    "The amount claimed includes the shipping costs I paid.",
    "Let us keep to the facts that both sides can document.",
    "I disagree with the trader's account of what happened at the counter.",
];

pub fn person(i: usize) -> String {
    format!(
        "{} {}",
        FIRST[i % FIRST.len()],
        LAST[(i / FIRST.len()) % LAST.len()]
    )
}

pub fn organisation(i: usize) -> String {
    const KIND: &[&str] = &["Electronics", "Travel", "Home", "Telecom", "Fashion"];
    const FORM: &[&str] = &["Ltd", "OÜ", "Kft.", "EOOD", "GmbH"];
    format!(
        "{} {} {} {}",
        LAST[i % LAST.len()],
        KIND[(i / 3) % KIND.len()],
        FORM[i % FORM.len()],
        i + 1
    )
}

/// One to four sentences, sometimes in two paragraphs: 50 to 300 characters or so.
pub fn message(dice: &mut Dice) -> String {
    let n = dice.range(1, 4);
    let mut body = String::new();
    for k in 0..n {
        if k > 0 {
            body.push_str(if k == 2 { "\n\n" } else { " " });
        }
        let sentence: &&str = dice.pick(SENTENCES);
        body.push_str(sentence);
    }
    body
}

pub fn complaint(thing: &str, dice: &mut Dice) -> String {
    format!(
        "I bought a {thing}. {} {}",
        dice.pick(SENTENCES),
        dice.pick(SENTENCES)
    )
}
