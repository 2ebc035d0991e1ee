import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from './diff.js';

const diff = `diff --git a/app/routes.py b/app/routes.py
index 1111111..2222222 100644
--- a/app/routes.py
+++ b/app/routes.py
@@ -3,0 +4,2 @@ def a():
+    x = 1
+    y = 2
@@ -10 +12 @@ def b():
-    old
+    new
diff --git a/new.ts b/new.ts
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/new.ts
@@ -0,0 +1,3 @@
+a
+b
+c
diff --git a/gone.js b/gone.js
deleted file mode 100644
index 4444444..0000000
--- a/gone.js
+++ /dev/null
@@ -1,2 +0,0 @@
-a
-b
diff --git a/old.py b/moved.py
similarity index 90%
rename from old.py
rename to moved.py
index 5555555..6666666 100644
--- a/old.py
+++ b/moved.py
@@ -1 +1 @@
-a
+b
`;

describe('parseUnifiedDiff', () => {
  it('collects added and modified lines per file with statuses', () => {
    expect(parseUnifiedDiff(diff)).toEqual([
      { path: 'app/routes.py', status: 'modified', addedLines: [4, 5, 12] },
      { path: 'new.ts', status: 'added', addedLines: [1, 2, 3] },
      { path: 'gone.js', status: 'deleted', addedLines: [] },
      { path: 'moved.py', status: 'renamed', previousPath: 'old.py', addedLines: [1] },
    ]);
  });
});
