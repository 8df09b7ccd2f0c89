-- version 5: buying signals and risks in customer speech (voc.analyze.signals), written by the analyze stage.
CREATE TABLE signals (
    call_id         VARCHAR NOT NULL,
    utt_idx         INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,       -- purchase_interest | upgrade_interest | price_objection | churn_risk | competitor_offer | unmet_need
    product         VARCHAR,                -- lexicon product/plan name, else a noun phrase
    text            VARCHAR NOT NULL,       -- redacted customer utterance
    confidence      DOUBLE NOT NULL,
    agent_offered   BOOLEAN NOT NULL,       -- an agent made an offer or answered later in the same call
    cue             VARCHAR,                -- the words that triggered it
    product_source  VARCHAR,                -- lexicon | noun_phrase
    start_s         DOUBLE,
    PRIMARY KEY (call_id, utt_idx, kind)
);
