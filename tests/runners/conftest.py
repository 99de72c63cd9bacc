import sys
from pathlib import Path

# fake_pipeline must be importable by name in spawned worker processes
sys.path.insert(0, str(Path(__file__).parent))
