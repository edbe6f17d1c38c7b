import {TRACKS, findLesson, findTrack, lessonFileName, lessonForFile, listLessonIds} from '../tracks';

describe('tracks', () => {
  it('has the two tracks in order', () => {
    expect(TRACKS.map((t) => [t.id, t.title, t.path])).toEqual([
      ['chu-the-ocop', 'Chủ thể OCOP', '/dao-tao/chu-the-ocop/'],
      ['can-bo', 'Cán bộ quản lý cấp huyện, xã', '/dao-tao/can-bo/'],
    ]);
  });
  it('derives ids, paths, numbers and file names from the slug', () => {
    const lesson = findLesson('can-bo/tuyen-truyen');
    expect(lesson).toEqual({
      id: 'can-bo/tuyen-truyen',
      trackId: 'can-bo',
      slug: 'tuyen-truyen',
      title: 'Tuyên truyền về Chương trình OCOP',
      path: '/dao-tao/can-bo/tuyen-truyen/',
      number: 2,
    });
    expect(lessonFileName(lesson!)).toBe('02-tuyen-truyen.mdx');
  });
  it('finds nothing for unknown ids', () => {
    expect(findLesson('can-bo/khong-co')).toBeUndefined();
    expect(findTrack('khong-co')).toBeUndefined();
  });
  it('lists every lesson id once', () => {
    const ids = listLessonIds();
    expect(ids.size).toBe(TRACKS.reduce((n, t) => n + t.lessons.length, 0));
    expect(ids.has('chu-the-ocop/ocop-la-gi')).toBe(true);
  });
  it('uses NFC Vietnamese titles', () => {
    for (const track of TRACKS) {
      expect(track.title).toBe(track.title.normalize('NFC'));
      for (const lesson of track.lessons) expect(lesson.title).toBe(lesson.title.normalize('NFC'));
    }
  });
});

describe('lessonForFile', () => {
  it('finds the lesson of a lesson file by its path, and nothing for other files', () => {
    expect(lessonForFile('docs/dao-tao/can-bo/02-tuyen-truyen.mdx')?.title).toBe('Tuyên truyền về Chương trình OCOP');
    expect(lessonForFile('docs/dao-tao/can-bo/03-tuyen-truyen.mdx')).toBeUndefined();
    expect(lessonForFile('docs/dao-tao/can-bo/index.mdx')).toBeUndefined();
    expect(lessonForFile('docs/chu-trinh-ocop/ho-so.mdx')).toBeUndefined();
  });
});
