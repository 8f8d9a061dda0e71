package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Checks shared by the readers of the binary model format, so that a corrupt file fails fast. */
final class ModelFormat {

    /** No real model has more entries than this in one table; larger counts mean a corrupt file. */
    static final int MAX_COUNT = 50_000_000;

    private ModelFormat() {}

    static int checkedCount(int count, String what) throws IOException {
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("corrupt model: " + what + " is " + count);
        }
        return count;
    }

    static void writeFloats(DataOutput out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    static float[] readFloats(DataInput in, String what) throws IOException {
        float[] values = new float[checkedCount(in.readInt(), what)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
