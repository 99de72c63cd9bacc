from stancemap.cli import app

app(prog_name="stancemap")
