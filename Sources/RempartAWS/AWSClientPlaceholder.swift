/// A minimal AWS client: Signature Version 4, four wire protocols, credentials and retries.
public enum AWSClientPlaceholder {}
