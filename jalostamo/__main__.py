import multiprocessing

from jalostamo.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app's helper process (photo decoding)
    raise SystemExit(main())
