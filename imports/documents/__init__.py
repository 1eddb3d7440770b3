"""Reading the text of an existing pledge document into a draft pledge (see reading/)."""
