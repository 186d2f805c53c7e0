"""The default simulated world shipped with relkit (installed as ``relkit.datasets``); see README.md here."""
