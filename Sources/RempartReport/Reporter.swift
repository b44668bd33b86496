/// Writes scan results as text, JSON or SARIF.
public enum Reporter {}
