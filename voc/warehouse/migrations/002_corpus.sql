-- version 2: persisted cluster centroids, so complaint themes and topics keep their ids across nightly runs.
ALTER TABLE themes ADD COLUMN centroid FLOAT[];
ALTER TABLE topics ADD COLUMN centroid FLOAT[];
