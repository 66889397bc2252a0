// Integration and browser tests start databases, servers and browsers: give them time.
jest.setTimeout(120_000);
