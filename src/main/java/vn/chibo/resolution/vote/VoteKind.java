package vn.chibo.resolution.vote;

/** STUB. */
public enum VoteKind {
  RESOLUTION,
  ADMISSION,
  RECOGNITION
}
