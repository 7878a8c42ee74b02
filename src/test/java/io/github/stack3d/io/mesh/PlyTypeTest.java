package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class PlyTypeTest {

    @Test
    void namesAndAliasesAndSizes() {
        String[][] names = {{"char", "int8"}, {"uchar", "uint8"}, {"short", "int16"}, {"ushort", "uint16"},
            {"int", "int32"}, {"uint", "uint32"}, {"float", "float32"}, {"double", "float64"}};
        int[] sizes = {1, 1, 2, 2, 4, 4, 4, 8};
        for (int i = 0; i < names.length; i++) {
            PlyType t = PlyType.named(names[i][0]).orElseThrow();
            assertEquals(t, PlyType.named(names[i][1]).orElseThrow());
            assertEquals(sizes[i], t.size, names[i][0]);
        }
        assertTrue(PlyType.named("int64").isEmpty());
    }

    @Test
    void readsExtremeValuesInBothByteOrders() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            // All bits set: -1 for the signed types, the maximum for the unsigned ones.
            ByteBuffer ones = ByteBuffer.wrap(new byte[] {-1, -1, -1, -1}).order(order);
            assertEquals(-1, PlyType.CHAR.readInteger(ones.clear()));
            assertEquals(255, PlyType.UCHAR.readInteger(ones.clear()));
            assertEquals(-1, PlyType.SHORT.readInteger(ones.clear()));
            assertEquals(65535, PlyType.USHORT.readInteger(ones.clear()));
            assertEquals(-1, PlyType.INT.readInteger(ones.clear()));
            assertEquals(4294967295L, PlyType.UINT.readInteger(ones.clear()));
            assertEquals(4294967295.0, PlyType.UINT.read(ones.clear()));
            ByteBuffer b = ByteBuffer.allocate(12).order(order).putFloat(-2.5f).putDouble(1e300);
            assertEquals(-2.5, PlyType.FLOAT.read(b.flip()));
            assertEquals(1e300, PlyType.DOUBLE.read(b));
            ByteBuffer s = ByteBuffer.allocate(2).order(order).putShort((short) 0x1234);
            assertEquals(0x1234, PlyType.SHORT.readInteger(s.flip()), order.toString());
        }
    }
}
