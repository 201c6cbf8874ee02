from jalostamo.cli import main

raise SystemExit(main())
