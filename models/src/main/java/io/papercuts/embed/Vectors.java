package io.papercuts.embed;

/** Small dense-vector arithmetic for unit-length embeddings. Stateless. */
public final class Vectors {

  private Vectors() {
  }

  public static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  /** A copy scaled to length 1 (the zero vector stays zero). */
  public static float[] normalised(float[] v) {
    double n = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        out[i] = (float) (v[i] / n);
      }
    }
    return out;
  }

  /** {@code acc += w * v}. */
  public static void addScaled(double[] acc, float[] v, double w) {
    for (int i = 0; i < v.length; i++) {
      acc[i] += w * v[i];
    }
  }

  /** The unit-length direction of a sum. */
  public static float[] direction(double[] sum) {
    float[] f = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      f[i] = (float) sum[i];
    }
    return normalised(f);
  }
}
