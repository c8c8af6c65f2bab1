"""Test modules are imported by path (importlib mode), so two folders may both hold a test_seed.py;
each folder's helper modules (scoring code, fixture builders) are importable by plain name."""
import sys
from pathlib import Path

for folder in sorted(Path(__file__).parent.iterdir()):
    if folder.is_dir() and folder.name not in ("fixtures", "__pycache__"):
        sys.path.insert(0, str(folder))
