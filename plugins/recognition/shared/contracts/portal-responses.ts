// The portal's answer schemas, by area in portal/; kept at this path for the files that import it.
export * from './portal';
