#!/usr/bin/python3
"""Runs cells in the real IJava kernel (kernelspec `java`) and prints every display message they cause, with times:
how stack3d's progress bars (display_data, then update_display_data under one display_id) and interrupts look to
a frontend. Cells come as a JSON list of strings; a cell "INTERRUPT 1.5 CODE" is interrupted 1.5 s after it starts,
as the notebook's interrupt button does. Messages that arrive under another cell's request are marked.

    /usr/bin/python3 tools/ijava-iopub.py cells.json
    e.g. cells.json: ["%jars target/stack3d-0.1.0-all.jar", "import static io.github.stack3d.Stack3D.*;",
                      "var big = resize(sampleStack(), 768, 768);", "INTERRUPT 1.8 marchingCubesBelow(big, 100.5)",
                      "1 + 1"]
"""
import json
import sys
import threading
import time

import jupyter_client


def main(cells):
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name='java')
    t0 = time.time()

    def show(tag, m):
        c = m['content']
        data = c.get('data', {}).get('text/plain', '')[:100] if 'data' in c else c.get('text', c.get('evalue', ''))
        print('%s%6.2f %-20s %s' % (tag, time.time() - t0, m['msg_type'], json.dumps(data, ensure_ascii=False)),
              flush=True)

    def run(code, interrupt_after=None):
        msg_id = kc.execute(code)
        print('=== %r' % code[:100], flush=True)
        if interrupt_after:
            threading.Timer(interrupt_after, lambda: (print('%6.2f INTERRUPT' % (time.time() - t0), flush=True),
                                                      km.interrupt_kernel())).start()
        while True:
            m = kc.get_iopub_msg(timeout=600)
            if m['parent_header'].get('msg_id') != msg_id:
                if m['msg_type'] in ('display_data', 'update_display_data'):
                    show('  (another cell) ', m)
                continue
            if m['msg_type'] == 'status':
                if m['content']['execution_state'] == 'idle':
                    break
            elif m['msg_type'] != 'execute_input':
                show('', m)

    try:
        for code in cells:
            if code.startswith('INTERRUPT '):
                seconds, code = code[len('INTERRUPT '):].split(' ', 1)
                run(code, float(seconds))
            else:
                run(code)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == '__main__':
    main(json.load(open(sys.argv[1])))
