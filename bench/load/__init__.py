"""Load test and soak of the site under gunicorn with production settings (bench/README.md,
"Load and soak (issue 7)"). Never imported by the site itself."""
