package dev.recur.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The JSON form of a {@link Postmortem}, as printed by {@code recur parse} and stored in the index:
 * absent values are {@code null}, enums use their lower-case identifiers. Thread-safe.
 */
public final class PostmortemJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  private PostmortemJson() {}

  /** The shared, configured mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One record as a single line of JSON. */
  public static String toJson(Postmortem record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Postmortem must always serialize: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a record written by {@link #toJson(Postmortem)}.
   *
   * @throws IllegalArgumentException with Jackson's location when the JSON is not such a record
   */
  public static Postmortem fromJson(String json) {
    try {
      return MAPPER.readValue(json, Postmortem.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a Recur record: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
    }
  }
}
